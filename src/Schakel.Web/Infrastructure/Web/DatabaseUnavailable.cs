using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>While the database is unreachable every page answers 503 with a Dutch explanation instead of an error trace.</summary>
public static class DatabaseUnavailable
{
    public static IApplicationBuilder UseDatabaseAvailabilityGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var state = context.RequestServices.GetRequiredService<DatabaseState>();
            if (state.Ready || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/lib") || context.Request.Path.StartsWithSegments("/css"))
            {
                await next();
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Schakel is tijdelijk niet beschikbaar</title></head>" +
                "<body><main><h1>Schakel is tijdelijk niet beschikbaar</h1><p>De database is op dit moment niet bereikbaar. " +
                "Schakel probeert het automatisch opnieuw; probeer het over een minuut nog eens. Blijft dit zo, neem dan contact op met de beheerder.</p></main></body></html>");
        });
}
