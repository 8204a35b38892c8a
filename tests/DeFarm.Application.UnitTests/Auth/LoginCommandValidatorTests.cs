using DeFarm.Application.Auth.Commands.Login;
using static DeFarm.Application.UnitTests.Common.ValidationErrors;

namespace DeFarm.Application.UnitTests.Auth;

public sealed class LoginCommandValidatorTests
{
    private static readonly LoginCommand Valid = new() { Username = "alice", Password = "anything" };

    private readonly LoginCommandValidator _validator = new();

    [Test]
    public void ShouldAcceptAValidCommand()
    {
        Of(_validator, Valid).ShouldBeEmpty();
        Of(_validator, Valid with { WorkspaceId = "ignored-workspace" }).ShouldBeEmpty();
    }

    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireAUsername(string username)
    {
        Of(_validator, Valid with { Username = username }).ShouldBe(["Username: Username is required"]);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireAPassword(string password)
    {
        Of(_validator, Valid with { Password = password }).ShouldBe(["Password: Password is required"]);
    }

    [Test]
    public void ShouldNotApplyThePasswordPolicyAtLogin()
    {
        Of(_validator, Valid with { Password = "demo123" }).ShouldBeEmpty();
    }
}
