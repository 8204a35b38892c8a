using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Items.Commands.CreateItem;
using DeFarm.Domain.Common;
using Mediator;

namespace DeFarm.Application.Items.Commands.CreateItemsBatch;

/// <summary>
/// Creates several items, each in its own transaction, and reports each outcome: one bad item does not stop
/// the others (engines-api.md §4.4). Items that failed stored nothing beyond their pending-item record.
/// </summary>
public sealed record CreateItemsBatchCommand : ICommand<BatchCreateResponse>
{
    public IReadOnlyList<CreateItemCommand> Items { get; init; } = [];
}

public sealed record BatchCreateResponse(int SuccessCount, int FailedCount, IReadOnlyList<BatchItemResult> Results);

public sealed record BatchItemResult(bool Success, ItemResponse? Item, string? Error);

internal sealed class CreateItemsBatchCommandHandler(ISender sender, IUnitOfWork unitOfWork)
    : ICommandHandler<CreateItemsBatchCommand, BatchCreateResponse>
{
    public async ValueTask<BatchCreateResponse> Handle(CreateItemsBatchCommand command, CancellationToken cancellationToken)
    {
        var results = new List<BatchItemResult>(command.Items.Count);
        foreach (var item in command.Items)
        {
            try
            {
                results.Add(new BatchItemResult(true, await sender.Send(item, cancellationToken), null));
            }
            catch (DeFarmException failure)
            {
                results.Add(new BatchItemResult(false, null, failure.Message));
            }
            finally
            {
                // Each item starts clean: a failed one leaves nothing staged, and committed ones stop being
                // tracked, so the cost of a commit does not grow with the size of the batch.
                await unitOfWork.ResetAsync();
            }
        }

        var succeeded = results.Count(r => r.Success);
        return new BatchCreateResponse(succeeded, results.Count - succeeded, results);
    }
}
