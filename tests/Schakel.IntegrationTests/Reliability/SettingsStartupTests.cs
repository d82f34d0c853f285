using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>A wrong setting stops the application at start with a message that names it, instead of misbehaving later.</summary>
public sealed class SettingsStartupTests
{
    private sealed class Factory(string key, string value) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Schakel", $"Data Source={Path.Combine(Path.GetTempPath(), "schakel-settings-" + Guid.NewGuid().ToString("N") + ".db")}");
            builder.UseSetting(key, value);
        }
    }

    [Theory]
    [InlineData("SignalCheck:HighFrom", "2", "Instelling SignalCheck:HighFrom is ongeldig: moet hoger zijn dan MediumFrom")]
    [InlineData("Retention:CasesClosedDays", "0", "Instelling Retention:CasesClosedDays is ongeldig: kies een geheel getal van 1 tot en met 36500")]
    [InlineData("Linking:MinSignals", "-1", "Instelling Linking:MinSignals is ongeldig")]
    [InlineData("Security:SessionIdleMinutes", "0", "Instelling Security:SessionIdleMinutes is ongeldig")]
    public void A_wrong_setting_stops_the_start(string key, string value, string message)
    {
        using var factory = new Factory(key, value);
        Should.Throw<Exception>(() => factory.CreateClient()).ToString().ShouldContain(message);
    }
}
