using DeFarm.Domain.Users;

namespace DeFarm.Domain.UnitTests.Users;

public sealed class PasswordPolicyTests
{
    private const string TooShort = "Password must be at least 8 characters long";
    private const string NoUppercase = "Password must contain at least one uppercase letter";
    private const string NoLowercase = "Password must contain at least one lowercase letter";
    private const string NoDigit = "Password must contain at least one digit";
    private const string NoSpecial = "Password must contain at least one special character";

    [Test]
    public void ShouldAcceptAPasswordThatMeetsEveryRule()
    {
        PasswordPolicy.FindViolation("Str0ng#Pass").ShouldBeNull();
    }

    [TestCase("", TooShort)]
    [TestCase("Ab1!xyz", TooShort)]
    [TestCase("abcdefg1!", NoUppercase)]
    [TestCase("ABCDEFG1!", NoLowercase)]
    [TestCase("Abcdefgh!", NoDigit)]
    [TestCase("Abcdefg12", NoSpecial)]
    public void ShouldReportTheBrokenRule(string password, string message)
    {
        PasswordPolicy.FindViolation(password).ShouldBe(message);
    }

    [TestCase("short", TooShort)]
    [TestCase("lowercase", NoUppercase)]
    [TestCase("UPPERCASE", NoLowercase)]
    [TestCase("NoDigitsOrSpecials", NoDigit)]
    public void ShouldReportOnlyTheFirstBrokenRuleInOrderOfPrecedence(string password, string message)
    {
        PasswordPolicy.FindViolation(password).ShouldBe(message);
    }

    [Test]
    public void ShouldMeasureTheLengthInUtf8Bytes()
    {
        // 7 characters but 9 bytes: "ç" and "ã" take two bytes each.
        PasswordPolicy.FindViolation("Aça1!ão").ShouldBeNull();
    }

    [Test]
    public void ShouldRejectMultiByteCharactersThatStillAddUpToFewerThanEightBytes()
    {
        // 5 characters, 7 bytes.
        PasswordPolicy.FindViolation("Aç1!é").ShouldBe(TooShort);
    }

    [TestCase("Ab1!defg", null)]
    [TestCase("Ab1!def", TooShort)]
    public void ShouldDrawTheLengthLineAtEightBytes(string password, string? message)
    {
        PasswordPolicy.FindViolation(password).ShouldBe(message);
    }

    [Test]
    public void ShouldCountAnUppercaseLetterOutsideAscii()
    {
        PasswordPolicy.FindViolation("Ção1!abc").ShouldBeNull();
    }
}
