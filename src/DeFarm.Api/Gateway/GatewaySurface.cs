namespace DeFarm.Api.Gateway;

/// <summary>
/// The web front end's surface lives under <c>/gateway</c> (decisions.md "Surfaces"); paths there get the
/// gateway's error body and JSON conventions, everything else keeps the engines conventions.
/// </summary>
public static class GatewaySurface
{
    public const string Prefix = "gateway";
    public const string ApiPrefix = Prefix + "/api";
    public const string SwaggerDocument = "gateway";

    public static bool Owns(HttpContext context) => context.Request.Path.StartsWithSegments("/" + Prefix);
}
