using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>Helpers of the push-pipeline tests: local items, pushes, and what the database holds afterwards.</summary>
public abstract class PushTestBase : CircuitsTestBase
{
    /// <summary>A canonical SISBOV identifier in the <c>bovino</c> namespace; <paramref name="digits"/> has 12 digits.</summary>
    protected static object Sisbov(string digits) =>
        new { @namespace = "bovino", key = "sisbov", value = $"BR{digits}", id_type = "Canonical" };

    protected static object Lot(string value) => new { @namespace = "bovino", key = "lote", value };

    /// <summary>A circuit owned by <paramref name="owner"/> with the given adapter, approval rule and auto-publish.</summary>
    protected static async Task<string> CreatePushCircuitAsync(
        RegisteredUser owner, string? adapter = null, bool requireApproval = false, bool autoPublish = false,
        object? aliasConfig = null, bool requireApprovalForPull = false)
    {
        var circuit = await CreateCircuitAsync(owner, new
        {
            name = "Push " + Guid.NewGuid().ToString("N")[..6],
            description = "d",
            adapter_config = adapter is null ? null : new { adapter_type = adapter },
            alias_config = aliasConfig,
            require_approval_for_push = requireApproval,
            require_approval_for_pull = requireApprovalForPull,
            public_settings = autoPublish ? new { access_mode = "public", auto_publish_pushed_items = true } : null,
        });
        return IdOf(circuit);
    }

    protected static Task<HttpResponseMessage> PushLocalAsync(
        RegisteredUser user, string circuitId, string localId, object[]? identifiers = null, object? enrichedData = null) =>
        PostAsync(user, $"{CircuitsPath}/{circuitId}/push-local", new { local_id = localId, identifiers, enriched_data = enrichedData });

    /// <summary>Pushes a local item, asserting 200, and returns the <c>data</c> of the answer.</summary>
    protected static async Task<JsonElement> PushLocalOkAsync(
        RegisteredUser user, string circuitId, string localId, object[]? identifiers = null, object? enrichedData = null) =>
        (await (await PushLocalAsync(user, circuitId, localId, identifiers, enrichedData)).ShouldBeOkAsync()).GetProperty("data");

    protected static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>Row counts of everything a push writes, to show that nothing (more) was stored.</summary>
    protected static async Task<PipelineRows> CountPipelineRowsAsync()
    {
        PipelineRows rows = null!;
        await WithDatabaseAsync(async db => rows = new PipelineRows(
            await db.Items.CountAsync(i => !i.Dfid.StartsWith("LID-")),
            await db.LidDfidMappings.CountAsync(),
            await db.CanonicalIdentifiers.CountAsync(),
            await db.ItemFingerprints.CountAsync(),
            await db.CircuitItems.CountAsync(),
            await db.CircuitOperations.CountAsync(),
            await db.CircuitActivities.CountAsync(),
            await db.Events.CountAsync(),
            await db.StorageHistories.CountAsync(),
            await db.CidTimeline.CountAsync()));
        return rows;
    }

    protected static async Task<List<string>> PublishedDfidsAsync(RegisteredUser owner, string circuitId)
    {
        var circuit = await (await GetAsync(owner, $"{CircuitsPath}/{circuitId}")).ShouldBeOkAsync();
        return circuit.GetProperty("public_settings") is { ValueKind: JsonValueKind.Object } settings
            ? Strings(settings.GetProperty("published_items"))
            : [];
    }

    protected static async Task<List<JsonElement>> EventsOfAsync(RegisteredUser user, string circuitId, string dfid)
    {
        var items = await (await GetAsync(user, $"{CircuitsPath}/{circuitId}/items?include_events=true")).ShouldBeOkAsync();
        return items.EnumerateArray().Where(i => Text(i, "dfid") == dfid)
            .SelectMany(i => i.GetProperty("events").EnumerateArray()).ToList();
    }

    protected static JsonObject Json(JsonElement element) => JsonNode.Parse(element.GetRawText())!.AsObject();

    protected sealed record PipelineRows(
        int TokenizedItems, int Mappings, int CanonicalEntries, int Fingerprints, int CircuitItems, int Operations,
        int Activities, int Events, int StorageHistories, int TimelineEntries);
}
