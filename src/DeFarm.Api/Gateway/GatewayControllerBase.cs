using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway;

/// <summary>
/// Base of every gateway controller: its own Swagger document and the gateway's response conventions
/// (<see cref="GatewayResultFilter"/>). Controllers stay thin: bind, send, return.
/// </summary>
[ApiController]
[ApiExplorerSettings(GroupName = GatewaySurface.SwaggerDocument)]
[TypeFilter<GatewayResultFilter>(IsReusable = true)] // one instance: its serializer options cache type metadata
public abstract class GatewayControllerBase : ControllerBase;
