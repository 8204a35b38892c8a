using DeFarm.Api.Gateway;
using Microsoft.OpenApi;

namespace DeFarm.Api.Swagger;

public static class SwaggerSetup
{
    public const string EnginesDocument = "engines";
    private const string BearerScheme = "Bearer";

    /// <summary>
    /// One OpenAPI document per surface (engines, gateway), each with an Authorize button for the JWT and the
    /// error responses documented once.
    /// </summary>
    public static IServiceCollection AddDeFarmSwagger(this IServiceCollection services) =>
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(EnginesDocument, new OpenApiInfo
            {
                Title = "DeFarm Traceability API (engines surface)",
                Version = "0.1.0",
                Description = "Paths and JSON shapes of the original DeFarm engines API. Sign in with "
                    + "POST /api/auth/login, then use Authorize with the returned token.",
            });
            options.SwaggerDoc(GatewaySurface.SwaggerDocument, new OpenApiInfo
            {
                Title = "DeFarm Traceability API (gateway surface for the web front end)",
                Version = "0.1.0",
                Description = "Paths and JSON shapes the DeFarm web front end calls, under /gateway. Sign in with "
                    + "POST /gateway/auth/login, then use Authorize with the returned access_token.",
            });
            options.DocInclusionPredicate((document, api) =>
                document == (api.GroupName ?? EnginesDocument));
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The token from /api/auth/login or /api/auth/register.",
            });
            options.OperationFilter<ErrorResponsesOperationFilter>();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "DeFarm.Api.xml"));
        });

    public static OpenApiSecurityRequirement BearerRequirement(OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] };
}
