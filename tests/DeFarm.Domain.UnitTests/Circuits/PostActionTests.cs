using DeFarm.Domain.Circuits;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.UnitTests.Circuits;

/// <summary>Post-action settings and webhooks on the circuit: defaults, what fires, authentication and header rules.</summary>
public sealed class PostActionTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void ShouldStartOffWithTheDefaultsAndFireOnlyEnabledWebhooksForConfiguredTriggers()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        var on = circuit.AddWebhook(Definition(), "s1", Now);
        circuit.AddWebhook(Definition() with { Enabled = false }, "s2", Now);

        var settings = circuit.PostActionSettings.ShouldNotBeNull();
        (settings.Enabled, settings.IncludeStorageDetails, settings.IncludeItemMetadata).ShouldBe((false, true, true));
        settings.TriggerEvents.ShouldBe([WebhookTrigger.ItemPushed]);
        circuit.WebhooksFiredBy(WebhookTrigger.ItemPushed).ShouldBeEmpty();

        circuit.ConfigurePostActions(true, null, null, false, Now);

        circuit.WebhooksFiredBy(WebhookTrigger.ItemPushed).ShouldHaveSingleItem().ShouldBeSameAs(on);
        circuit.WebhooksFiredBy(WebhookTrigger.ItemApproved).ShouldBeEmpty();
        circuit.PostActionSettings!.IncludeItemMetadata.ShouldBeFalse();
    }

    [Test]
    public void ShouldBoundTheNumberOfWebhooksAndRemoveOnlyExistingOnes()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        for (var i = 0; i < Circuit.MaxWebhooks; i++)
        {
            circuit.AddWebhook(Definition(), $"s{i}", Now);
        }

        Should.Throw<BusinessRuleException>(() => circuit.AddWebhook(Definition(), "one too many", Now)).Code.ShouldBe("too_many_webhooks");
        Should.Throw<BusinessRuleException>(() => circuit.RemoveWebhook(Guid.NewGuid(), Now)).Code.ShouldBe("webhook_not_found");
        var revision = circuit.Revision;
        circuit.RemoveWebhook(circuit.Webhooks[0].Id, Now);
        circuit.Webhooks.Count.ShouldBe(Circuit.MaxWebhooks - 1);
        circuit.Revision.ShouldBe(revision + 1);
    }

    [Test]
    public void ShouldNeedCredentialsForAnAuthenticationTypeAndNeverCarryThemToAnother()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        var webhook = circuit.AddWebhook(Definition() with { AuthType = WebhookAuthType.BearerToken, AuthCredentials = "tok" }, "s", Now);

        Should.Throw<BusinessRuleException>(() => circuit.UpdateWebhook(webhook.Id, new WebhookChange(AuthType: WebhookAuthType.ApiKey), Now))
            .Code.ShouldBe("auth_credentials_required");
        circuit.UpdateWebhook(webhook.Id, new WebhookChange(Name: "renamed"), Now);
        (webhook.AuthType, webhook.AuthCredentials).ShouldBe((WebhookAuthType.BearerToken, "tok"));
        circuit.UpdateWebhook(webhook.Id, new WebhookChange(AuthCredentials: "tok-2"), Now);
        webhook.AuthCredentials.ShouldBe("tok-2");
        circuit.UpdateWebhook(webhook.Id, new WebhookChange(AuthType: WebhookAuthType.None), Now);
        (webhook.AuthType, webhook.AuthCredentials).ShouldBe((WebhookAuthType.None, (string?)null));
        Should.Throw<BusinessRuleException>(() => circuit.UpdateWebhook(webhook.Id, new WebhookChange(AuthCredentials: "tok"), Now))
            .Code.ShouldBe("auth_type_required");
    }

    [TestCase(WebhookAuthType.BasicAuth, "user:pass", true)]
    [TestCase(WebhookAuthType.BasicAuth, "user", false)]
    [TestCase(WebhookAuthType.CustomHeader, "X-Api-Token: abc", true)]
    [TestCase(WebhookAuthType.CustomHeader, "no colon", false)]
    [TestCase(WebhookAuthType.CustomHeader, "Content-Type: text/plain", false)]
    [TestCase(WebhookAuthType.CustomHeader, "X-DeFarm-Delivery: forged", false)]
    [TestCase(WebhookAuthType.BearerToken, "line\nbreak", false)]
    public void ShouldCheckTheShapeOfCredentials(WebhookAuthType type, string credentials, bool valid)
    {
        var check = () => WebhookHeaderRules.EnsureValidCredentials(type, credentials);

        if (valid)
        {
            check();
        }
        else
        {
            Should.Throw<BusinessRuleException>(check).Code.ShouldBe("invalid_auth_credentials");
        }
    }

    [Test]
    public void ShouldRefuseHeadersDeFarmSetsItself()
    {
        WebhookHeaderRules.IsAllowedName("X-Tenant").ShouldBeTrue();
        WebhookHeaderRules.IsAllowedName("Authorization").ShouldBeTrue();
        WebhookHeaderRules.IsAllowedName("host").ShouldBeFalse();
        WebhookHeaderRules.IsAllowedName("x-defarm-signature").ShouldBeFalse();
        WebhookHeaderRules.IsAllowedName("Bad Name").ShouldBeFalse();
        WebhookHeaderRules.IsAllowedValue("a\r\nb").ShouldBeFalse();
    }

    [Test]
    public void ShouldKeepOnlyHttpUrlsAndSaneRetryPolicies()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        Should.Throw<BusinessRuleException>(() => circuit.AddWebhook(Definition() with { Url = new Uri("ftp://example.com/x") }, "s", Now))
            .Code.ShouldBe("invalid_webhook_url");
        Should.Throw<BusinessRuleException>(() => new WebhookRetryPolicy(1, 2000, 1000, 2)).Code.ShouldBe("invalid_retry_config");
        Should.Throw<BusinessRuleException>(() => new WebhookRetryPolicy(11, 100, 1000, 2)).Code.ShouldBe("invalid_retry_config");
        Should.Throw<BusinessRuleException>(() => new WebhookRetryPolicy(1, 100, 1000, 0.5)).Code.ShouldBe("invalid_retry_config");
        new WebhookRetryPolicy(3, 100, 1000, 3).DelayAfter(3).ShouldBe(TimeSpan.FromMilliseconds(900));
    }

    private static WebhookDefinition Definition() => new(
        "ERP", new Uri("https://erp.example.com/hook"), WebhookMethod.Post, new Dictionary<string, string>(),
        WebhookAuthType.None, null, Enabled: true, WebhookRetryPolicy.Default);
}
