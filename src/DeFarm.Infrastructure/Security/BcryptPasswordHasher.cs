using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.Security;

/// <summary>bcrypt, cost 12, <c>$2b$</c> hashes, like the original API (engines-api.md §5.3).</summary>
internal sealed class BcryptPasswordHasher : IPasswordHasher
{
    public const int WorkFactor = 12;

    public string Hash(string password) =>
        BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(WorkFactor, 'b'));

    public bool Verify(string password, string passwordHash)
    {
        try
        {
            return BCrypt.Net.BCrypt.Verify(password, passwordHash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            // A malformed stored hash counts as a wrong password, as in the original.
            return false;
        }
    }
}
