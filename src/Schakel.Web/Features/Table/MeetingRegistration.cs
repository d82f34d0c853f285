using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features.Table;

public static class MeetingRegistration
{
    /// <summary>The municipality at the table and the meeting rhythm.</summary>
    public static IServiceCollection AddMeetingRhythm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<MeetingRhythmOptions>(configuration, "Table:Rhythm");
        services.AddScoped<MeetingInvitations>();
        services.AddScoped<MeetingRhythm>();
        services.AddHostedService<MeetingRhythmScheduler>();
        return services;
    }
}
