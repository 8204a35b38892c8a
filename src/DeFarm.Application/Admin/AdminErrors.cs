using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Admin;

public static class AdminErrors
{
    public static ConflictException IdentifierTypeExists() => new(
        "identifier_type_exists", "This identifier type is already declared for the value chain");

    public static NotFoundException IdentifierTypeNotFound() =>
        new("identifier_type_not_found", "Canonical identifier type not found");
}
