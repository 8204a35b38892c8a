using DeFarm.Application.Auth.Commands.ResetPassword;
using static DeFarm.Application.UnitTests.Common.ValidationErrors;

namespace DeFarm.Application.UnitTests.Auth;

public sealed class ResetPasswordCommandValidatorTests
{
    private static readonly ResetPasswordCommand Valid = new()
    {
        Token = new string('a', 64),
        NewPassword = "N3w#Password",
    };

    private readonly ResetPasswordCommandValidator _validator = new();

    [Test]
    public void ShouldAcceptAValidCommand()
    {
        Of(_validator, Valid).ShouldBeEmpty();
    }

    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireAToken(string token)
    {
        Of(_validator, Valid with { Token = token }).ShouldBe(["Token: Reset token is required"]);
    }

    [TestCaseSource(typeof(WeakPasswords), nameof(WeakPasswords.Cases))]
    public void ShouldApplyThePasswordPolicy(string password, string message)
    {
        Of(_validator, Valid with { NewPassword = password }).ShouldBe([$"NewPassword: {message}"]);
    }

    [Test]
    public void ShouldCheckTheNewPasswordAsStoredThatIsTrimmed()
    {
        // Long enough only with its surrounding spaces, which the reset strips before hashing.
        Of(_validator, Valid with { NewPassword = " Abcde1! " })
            .ShouldBe(["NewPassword: Password must be at least 8 characters long"]);
    }

    [Test]
    public void ShouldReportEveryFailingField()
    {
        Of(_validator, new ResetPasswordCommand()).ShouldBe(
        [
            "Token: Reset token is required",
            "NewPassword: Password must be at least 8 characters long",
        ]);
    }
}
