using DeFarm.Application.Items;
using DeFarm.Application.Items.Commands.CreateLocalItem;
using DeFarm.Application.Items.Commands.MergeLocalItems;
using DeFarm.Application.Items.Commands.OrganizeLocalItems;
using DeFarm.Application.Items.Commands.UnmergeLocalItem;
using DeFarm.Application.Items.Queries.FindLocalDuplicates;
using DeFarm.Application.Items.Queries.GetLidMapping;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Workspace-local items and their LID → DFID mapping (engines-api.md §3.2, §4.4). Another workspace's LID answers
/// 404 "Local item not found".
/// </summary>
[ApiController]
[Route("api/items")]
public sealed class LocalItemsController(ISender sender) : ControllerBase
{
    [HttpPost("local")]
    public async Task<SuccessResponse<LocalItemCreatedData>> Create(
        CreateLocalItemCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    /// <summary>Folds local items into a master local item by a merge strategy, in one transaction.</summary>
    [HttpPost("local/merge")]
    public async Task<SuccessResponse<LocalMergeData>> Merge(
        MergeLocalItemsCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [HttpGet("local/duplicates")]
    public async Task<LocalDuplicatesResponse> Duplicates(CancellationToken cancellationToken) =>
        await sender.Send(new FindLocalDuplicatesQuery(), cancellationToken);

    /// <summary>Merges every duplicate group into its oldest item, or only reports it with <c>dry_run</c>.</summary>
    [HttpPost("local/organize")]
    public async Task<OrganizeLocalItemsResponse> Organize(
        OrganizeLocalItemsCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [HttpPost("local/unmerge")]
    public async Task<UnmergeLocalItemResponse> Unmerge(
        UnmergeLocalItemCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [HttpGet("mapping/{localId}")]
    public async Task<SuccessResponse<LidMappingData>> Mapping(string localId, CancellationToken cancellationToken) =>
        await sender.Send(new GetLidMappingQuery(localId), cancellationToken);
}
