using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace DeFarm.Api.Gateway;

/// <summary>
/// Writes gateway results with the gateway's JSON options (UTC dates with <c>Z</c> and milliseconds) and turns
/// a body-less success into 204: the front end parses every other 2xx as JSON and fails on an empty body. A 201
/// keeps its <c>Location</c>.
/// </summary>
public sealed class GatewayResultFilter(IOptions<JsonOptions> mvcJson) : IResultFilter
{
    private readonly JsonSerializerOptions _options = GatewayJson.From(mvcJson.Value.JsonSerializerOptions);

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is CreatedResult { Location: { } location })
        {
            context.HttpContext.Response.Headers.Location = location;
        }

        context.Result = context.Result switch
        {
            ObjectResult { Value: not null } result => new JsonResult(result.Value, _options) { StatusCode = result.StatusCode },
            ObjectResult { StatusCode: null or (>= 200 and < 300) } or EmptyResult or OkResult => new NoContentResult(),
            var other => other,
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
