namespace DeFarm.Application.Gateway.Items;

/// <summary>
/// The answer to a bulk import (spa-contract §2.2 I9): <c>receipt_id</c> is the source entry every imported item
/// now carries, so the receipt names something stored; <c>rows</c> says what each row became. An import that
/// fails stores nothing and answers 400 instead, so a receipt always tells of a completed import.
/// </summary>
public sealed record IngestionReceipt(Guid ReceiptId, string Status, IngestionSummary Summary, IReadOnlyList<IngestedRow> Rows)
{
    public const string Completed = "completed";
}

/// <param name="UnclassifiedFields">The columns kept as metadata because they name no item field or registry.</param>
public sealed record IngestionSummary(
    int RowsTotal,
    int RowsProcessed,
    int RowsFailed,
    int ItemsCreated,
    int ItemsUpdated,
    int EventsCreated,
    IReadOnlyList<string> UnclassifiedFields);

/// <summary>Row <see cref="Row"/> (the header is row 1) created or updated the item <see cref="ItemId"/>.</summary>
public sealed record IngestedRow(int Row, string ItemId, string Status)
{
    public const string Created = "created";
    public const string Updated = "updated";
}
