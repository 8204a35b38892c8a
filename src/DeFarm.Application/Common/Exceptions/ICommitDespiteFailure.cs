namespace DeFarm.Application.Common.Exceptions;

/// <summary>
/// Marks a failure whose command still stores what it staged before failing, such as a create request kept as
/// a pending item for review: the unit of work commits, then the error goes to the client.
/// </summary>
public interface ICommitDespiteFailure;
