namespace DeFarm.Application.UnitTests.Auth;

/// <summary>One password breaking each complexity rule, with the exact message it must produce.</summary>
public static class WeakPasswords
{
    public static readonly TestCaseData[] Cases =
    [
        new("Ab1!xyz", "Password must be at least 8 characters long"),
        new("abcdefg1!", "Password must contain at least one uppercase letter"),
        new("ABCDEFG1!", "Password must contain at least one lowercase letter"),
        new("Abcdefgh!", "Password must contain at least one digit"),
        new("Abcdefg12", "Password must contain at least one special character"),
    ];
}
