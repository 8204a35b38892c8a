using System.Text.Json;
using System.Text.Json.Serialization;
using DeFarm.Api.Bench;
using DeFarm.Api.Errors;
using DeFarm.Api.Gateway;
using DeFarm.Api.Http;
using DeFarm.Api.Notifications;
using DeFarm.Api.Swagger;
using DeFarm.Application;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Infrastructure;
using DeFarm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
if (builder.Configuration["PORT"] is { Length: > 0 } port)
{
    builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
}

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBodyLimit.MaxBytes);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddSingleton<ErrorResponseWriter>();
builder.Services.AddScoped<NotificationSocket>();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddProblemDetails(); // required by UseExceptionHandler(); every body comes from ApiExceptionHandler
builder.Services.AddJwtAuthentication();
builder.Services.AddApiKeyAuthentication();
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
    policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Retry-After")
        // The web front end preflights every call (JSON content type on all methods); cache the answer.
        .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
builder.Services
    .AddControllers(options =>
    {
        // Shape rules belong to the FluentValidation validators, not to implicit [Required] attributes.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    })
    .AddJsonOptions(options =>
    {
        ConfigureJson(options.JsonSerializerOptions);
        options.AllowInputFormatterExceptionMessages = false;
    })
    .ConfigureApiBehaviorOptions(options =>
    {
        // Body-less client errors (415, 404 …) get their body from the status-code pages below.
        options.SuppressMapClientErrors = true;
        options.InvalidModelStateResponseFactory = context =>
            throw ModelStateErrors.ToException(context.ModelState);
    });
builder.Services.AddDeFarmSwagger();

var app = builder.Build();
app.Logger.LogInformation(
    "Persistence provider: {Provider}", app.Services.GetRequiredService<PersistenceConfiguration>().Provider);

app.UseExceptionHandler();
app.UseStatusCodePages(StatusCodeBodies.WriteAsync);
app.UseCors();
app.UseRequestBodyLimit();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.UseSwagger();
app.UseSwaggerUI(options =>
{
    options.SwaggerEndpoint($"/swagger/{SwaggerSetup.EnginesDocument}/swagger.json", "Engines API");
    options.SwaggerEndpoint($"/swagger/{GatewaySurface.SwaggerDocument}/swagger.json", "Gateway (web front end)");
});
app.UseRouting();
app.UseDatabaseAvailabilityGate();
app.UseAuthentication();
app.UseMiddleware<ApiKeyUsageMiddleware>();
app.UseAuthorization();

// Every controller action needs a signed-in caller unless it says [AllowAnonymous]. Not a fallback policy:
// that would also answer unknown paths with 401 instead of 404.
app.MapControllers().RequireAuthorization();
app.MapRawItemTwin();
MapProbe("/health/live", _ => false);
MapProbe("/health/ready", check => check.Tags.Contains(DeFarm.Infrastructure.DependencyInjection.ReadinessTag));

app.Run();

static void ConfigureJson(JsonSerializerOptions json)
{
    json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    json.DictionaryKeyPolicy = null;
    json.RespectNullableAnnotations = true;
    json.Converters.Add(new JsonStringEnumConverter());
}

void MapProbe(string path, Func<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration, bool> predicate) =>
    app.MapHealthChecks(path, new HealthCheckOptions { Predicate = predicate, ResponseWriter = HealthProbe.WriteAsync })
        .AllowAnonymous()
        .WithMetadata(new AllowWithoutDatabaseAttribute());

/// <summary>Entry point, public so the integration tests can host the API.</summary>
public partial class Program;
