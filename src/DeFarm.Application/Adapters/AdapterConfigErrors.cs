using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Adapters;

public static class AdapterConfigErrors
{
    public static NotFoundException NotFound() => new("adapter_config_not_found", "Adapter configuration not found");

    public static ConflictException NameTaken() =>
        new("adapter_config_name_taken", "An adapter configuration with this name already exists");

    /// <summary>Two requests made different configurations the default of one type at once; the loser sees this.</summary>
    public static ConflictException DefaultTaken() =>
        new("adapter_default_taken", "Another configuration became the default of this adapter type at the same time");
}
