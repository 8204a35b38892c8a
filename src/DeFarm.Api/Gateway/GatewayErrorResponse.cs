namespace DeFarm.Api.Gateway;

/// <summary>
/// The gateway error body the front end reads (spa-contract §1.3): <c>error</c> is the stable code,
/// <c>message</c> the text shown to the user, <c>details</c> the field errors or other details, else null.
/// </summary>
public sealed record GatewayErrorResponse(string Error, string Message, object? Details);
