using Microsoft.Extensions.Options;
using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features.Notifications.Mail;

public static class MailRegistration
{
    /// <summary>The outbox, its sender and digest, and the transport the settings choose: the relay, or .eml files.</summary>
    public static IServiceCollection AddSchakelMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<MailOptions>(configuration, "Mail");
        services.AddSingleton<IValidateOptions<MailOptions>, MailRelayCheck>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<MailOptions>();
            return options.UsesRelay ? new SmtpMailTransport(options) : new PickupDirectoryTransport(PickupDirectory(options, sp.GetRequiredService<IHostEnvironment>()), sp.GetRequiredService<TimeProvider>());
        });
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<MailDigest>();
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<MailDigestScheduler>();
        return services;
    }

    /// <summary>The folder of .eml files: the setting, or data/mail beside the database of a local run.</summary>
    public static string PickupDirectory(MailOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, string.IsNullOrWhiteSpace(options.PickupDirectory) ? Path.Combine("data", "mail") : options.PickupDirectory));
}
