using System.Diagnostics;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>
/// One structured line per request: method, path, status and duration. Never the query string (the signal queue's
/// search box puts names there), never form values or bodies. The framework's own request lines are kept at
/// Warning because they print the full URL including the query string, whatever an operator sets.
/// </summary>
public static class RequestLogging
{
    public const string Category = "Schakel.Requests";
    private const string FrameworkRequestLines = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static ILoggingBuilder AddSchakelRequestLogging(this ILoggingBuilder logging)
    {
        // A filter registered in code after the configuration providers wins over Logging:LogLevel for this category.
        logging.AddFilter(FrameworkRequestLines, LogLevel.Warning);
        return logging;
    }

    public static IApplicationBuilder UseSchakelRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                await next(context);
                return;
            }
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }
}
