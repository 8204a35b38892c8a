using DeFarm.Api.Http;
using DeFarm.Application.Health.Queries.GetDatabaseHealth;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>Service description and health (engines-api.md §4.2); public and served even without a database.</summary>
[ApiController]
[AllowAnonymous]
[AllowWithoutDatabase]
public sealed class RootController(ISender sender, TimeProvider clock) : ControllerBase
{
    private static readonly string[] Features =
    [
        "Permanent item identities (DFID) with checksum validation",
        "Workspace-local items and tokenization into circuits",
        "Canonical and contextual identifiers (SISBOV, CPF, CNPJ, CAR, lots)",
        "Entity resolution and deduplication",
        "Circuits with members, roles and approval workflows",
        "Public circuits and published items",
        "Event history with content-hash deduplication",
        "Storage history and content-addressed records (IPFS CIDs)",
        "JWT authentication with tiers and credits",
        "PostgreSQL persistence with an in-memory mode for trying it out",
    ];

    [HttpGet("/")]
    public ServiceDescription Describe() => new(
        "DeFarm Traceability API", "0.1.0",
        "Traceability of animals and lots: permanent identities, circuits, events and storage proofs.", Features);

    [HttpGet("/health")]
    public LivenessReport Health() => new("healthy", clock.GetUtcNow(), "System operational");

    /// <summary>200 while the store serves requests, 503 otherwise.</summary>
    [HttpGet("/health/db")]
    [ProducesResponseType<DatabaseHealthReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<DatabaseHealthReport>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> DatabaseHealth(CancellationToken cancellationToken)
    {
        var health = await sender.Send(new GetDatabaseHealthQuery(), cancellationToken);
        return StatusCode(
            health.IsConnected ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            new DatabaseHealthReport(health));
    }

    public sealed record ServiceDescription(string Name, string Version, string Description, IReadOnlyList<string> Features);

    public sealed record LivenessReport(string Status, DateTimeOffset Timestamp, string Uptime);

    public sealed record DatabaseHealthReport(DatabaseHealthDto Database);
}
