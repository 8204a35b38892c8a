using DeFarm.Application.Auth.Commands.Register;
using static DeFarm.Application.UnitTests.Common.ValidationErrors;

namespace DeFarm.Application.UnitTests.Auth;

public sealed class RegisterCommandValidatorTests
{
    private static readonly RegisterCommand Valid = new()
    {
        Username = "alice_01.farm-x",
        Email = "alice@example.com",
        Password = "Str0ng#Pass",
        WorkspaceName = "Green Farm",
    };

    private readonly RegisterCommandValidator _validator = new();

    [Test]
    public void ShouldAcceptAValidCommand()
    {
        Of(_validator, Valid).ShouldBeEmpty();
    }

    [Test]
    public void ShouldAcceptACommandWithoutWorkspaceName()
    {
        Of(_validator, Valid with { WorkspaceName = null }).ShouldBeEmpty();
    }

    [Test]
    public void ShouldRequireAUsername()
    {
        Of(_validator, Valid with { Username = "" }).First().ShouldBe("Username: Username is required");
    }

    [Test]
    public void ShouldLimitTheUsernameToOneHundredCharacters()
    {
        Of(_validator, Valid with { Username = new string('a', 100) }).ShouldBeEmpty();
        Of(_validator, Valid with { Username = new string('a', 101) })
            .ShouldBe(["Username: Username must be at most 100 characters long"]);
    }

    [TestCase("alice smith")]
    [TestCase("alice@farm")]
    [TestCase("joão")]
    public void ShouldRejectAUsernameWithOtherCharacters(string username)
    {
        Of(_validator, Valid with { Username = username })
            .ShouldBe(["Username: Username may contain only letters, digits, '_', '.' and '-'"]);
    }

    [Test]
    public void ShouldRequireAnEmail()
    {
        Of(_validator, Valid with { Email = "" }).First().ShouldBe("Email: Email is required");
    }

    [Test]
    public void ShouldLimitTheEmailTo254Characters()
    {
        var domain = "@example.com";
        Of(_validator, Valid with { Email = new string('a', 254 - domain.Length) + domain }).ShouldBeEmpty();
        Of(_validator, Valid with { Email = new string('a', 255 - domain.Length) + domain })
            .ShouldBe(["Email: Email must be at most 254 characters long"]);
    }

    [TestCase("alice")]
    [TestCase("alice@")]
    [TestCase("@example.com")]
    public void ShouldRejectAnInvalidEmail(string email)
    {
        Of(_validator, Valid with { Email = email }).ShouldBe(["Email: Email is not a valid email address"]);
    }

    [TestCaseSource(typeof(WeakPasswords), nameof(WeakPasswords.Cases))]
    public void ShouldApplyThePasswordPolicy(string password, string message)
    {
        Of(_validator, Valid with { Password = password }).ShouldBe([$"Password: {message}"]);
    }

    [Test]
    public void ShouldCheckThePasswordAsGivenWithoutTrimming()
    {
        // Six characters plus two spaces: long enough, and the spaces count as special characters.
        Of(_validator, Valid with { Password = " Abcde1 " }).ShouldBeEmpty();
    }

    [Test]
    public void ShouldLimitTheWorkspaceNameToOneHundredCharacters()
    {
        Of(_validator, Valid with { WorkspaceName = new string('w', 100) }).ShouldBeEmpty();
        Of(_validator, Valid with { WorkspaceName = new string('w', 101) })
            .ShouldBe(["WorkspaceName: Workspace name must be at most 100 characters long"]);
    }
}
