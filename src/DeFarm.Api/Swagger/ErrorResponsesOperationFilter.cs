using DeFarm.Api.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DeFarm.Api.Swagger;

/// <summary>
/// Documents the error body once for every operation instead of attributes on each action, and marks which
/// operations need the bearer token.
/// </summary>
public sealed class ErrorResponsesOperationFilter : IOperationFilter
{
    private static readonly (int Status, string Description)[] CommonErrors =
    [
        (400, "Invalid request: validation failure, malformed JSON or a broken business rule"),
        (404, "Not found, or not visible to the caller"),
        (409, "Conflicts with existing data or a concurrent change"),
        (413, "Request body over 1 MB"),
        (415, "Body is not application/json"),
        (429, "Rate limited; see Retry-After"),
        (500, "Unexpected error (generic message, logged with the trace id)"),
        (503, "Database unavailable; see Retry-After"),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var schema = context.SchemaGenerator.GenerateSchema(typeof(ErrorResponse), context.SchemaRepository);
        var isAnonymous = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        var errors = isAnonymous
            ? CommonErrors
            : [(401, "Missing, invalid, expired or revoked token"), (403, "Not allowed for this account"), .. CommonErrors];

        operation.Responses ??= new OpenApiResponses();
        foreach (var (status, description) in errors)
        {
            operation.Responses.TryAdd(status.ToString(), new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            });
        }

        if (!isAnonymous)
        {
            operation.Security = [SwaggerSetup.BearerRequirement(context.Document)];
        }
    }
}
