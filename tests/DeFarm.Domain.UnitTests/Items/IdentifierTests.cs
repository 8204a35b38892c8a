using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.UnitTests.Items;

public sealed class IdentifierTests
{
    [TestCase("sisbov", "BR123456789012")]
    [TestCase("cpf", "123.456.789-09")]
    [TestCase("cnpj", "12.345.678/0001-95")]
    [TestCase("car", "BR-123456")]
    [TestCase("nirf", "1234-5678")]
    [TestCase("ie", "12345678")]
    [TestCase("rfid", "0123456789")]
    [TestCase("any_other_registry", "x")]
    public void ShouldAcceptValidCanonicalValues(string registry, string value)
    {
        Identifier.Canonical("bovino", registry, value).FindViolation().ShouldBeNull();
    }

    [TestCase("sisbov", "BR12345678901", "a SISBOV number is BR followed by 12 digits")]
    [TestCase("sisbov", "AR123456789012", "a SISBOV number is BR followed by 12 digits")]
    [TestCase("sisbov", "BR12345678901X", "a SISBOV number is BR followed by 12 digits")]
    [TestCase("cpf", "111.111.111-11", "a CPF has 11 digits, not all the same")]
    [TestCase("cpf", "1234567890", "a CPF has 11 digits, not all the same")]
    [TestCase("cnpj", "00000000000000", "a CNPJ has 14 digits, not all the same")]
    [TestCase("car", "BR-1234", "a CAR code starts with BR- and has 9 to 44 characters")]
    [TestCase("car", "MT-123456", "a CAR code starts with BR- and has 9 to 44 characters")]
    [TestCase("nirf", "1234567", "a NIRF has at least 8 digits")]
    [TestCase("ie", "1234567", "an IE has at least 8 characters")]
    [TestCase("rfid", "123456789", "an RFID tag has at least 10 characters")]
    public void ShouldRejectInvalidCanonicalValuesNamingTheIdentifier(string registry, string value, string reason)
    {
        var identifier = Identifier.Canonical("bovino", registry, value);

        identifier.FindViolation().ShouldBe($"Invalid identifier 'bovino:{registry}:{value}': {reason}");
        Should.Throw<BusinessRuleException>(identifier.EnsureValid).Code.ShouldBe("invalid_identifier");
    }

    [Test]
    public void ShouldRejectUnknownNamespacesAndBlankParts()
    {
        Identifier.Contextual("peixe", "lote", "L1").FindViolation().ShouldBe("Invalid identifier 'peixe:lote:L1': unknown namespace 'peixe'");
        Identifier.Contextual("soja", " ", "L1").FindViolation().ShouldNotBeNull();
        Identifier.Contextual("soja", "lote", "").FindViolation().ShouldNotBeNull();
    }

    [Test]
    public void ShouldBuildTheUniqueKeyFromNamespaceKeyAndValue()
    {
        Identifier.Canonical("bovino", "sisbov", "BR123456789012").UniqueKey.ShouldBe("bovino:sisbov:BR123456789012");
    }

    [Test]
    public void ShouldDefaultContextualScopeToUser()
    {
        Identifier.Contextual("soja", "lote", "L-77").Scope.ShouldBe("user");
        Identifier.Contextual("soja", "lote", "L-77", "circuit").Scope.ShouldBe("circuit");
    }

    [Test]
    public void ShouldHonourVerifiedOnlyWithAVerificationDate()
    {
        Identifier.Canonical("bovino", "sisbov", "BR123456789012", verified: true).Verified.ShouldBeFalse();
        Identifier.Canonical("bovino", "sisbov", "BR123456789012", true, DateTimeOffset.UnixEpoch).Verified.ShouldBeTrue();
    }

    [Test]
    public void ShouldCompareByAllFields()
    {
        var first = Identifier.Contextual("soja", "lote", "L1");

        first.ShouldBe(Identifier.Contextual("soja", "lote", "L1"));
        first.ShouldNotBe(Identifier.Contextual("soja", "lote", "L1", "organization"));
    }
}
