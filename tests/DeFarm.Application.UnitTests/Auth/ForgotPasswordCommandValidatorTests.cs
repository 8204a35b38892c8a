using DeFarm.Application.Auth.Commands.ForgotPassword;
using static DeFarm.Application.UnitTests.Common.ValidationErrors;

namespace DeFarm.Application.UnitTests.Auth;

public sealed class ForgotPasswordCommandValidatorTests
{
    private readonly ForgotPasswordCommandValidator _validator = new();

    [Test]
    public void ShouldAcceptAnEmailAlone()
    {
        Of(_validator, new ForgotPasswordCommand { Email = "alice@example.com" }).ShouldBeEmpty();
    }

    [Test]
    public void ShouldAcceptAUsernameAlone()
    {
        Of(_validator, new ForgotPasswordCommand { Username = "alice" }).ShouldBeEmpty();
    }

    [Test]
    public void ShouldAcceptBoth()
    {
        Of(_validator, new ForgotPasswordCommand { Email = "alice@example.com", Username = "alice" }).ShouldBeEmpty();
    }

    [TestCase(null, null)]
    [TestCase("", "")]
    [TestCase("  ", " ")]
    public void ShouldRequireAnEmailOrAUsername(string? email, string? username)
    {
        Of(_validator, new ForgotPasswordCommand { Email = email, Username = username })
            .ShouldBe(["Email: Email or username is required"]);
    }
}
