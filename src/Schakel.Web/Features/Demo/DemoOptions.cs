namespace Schakel.Web.Features.Demo;

public sealed class DemoOptions
{
    /// <summary>Fill an empty database with the IJsselland demo region, demo accounts and signals.</summary>
    public bool Enabled { get; set; }
    public string Password { get; set; } = "";
}

/// <summary>The first administrator of a production installation, created once when no user exists.</summary>
public sealed class BootstrapOptions
{
    public string? RegionName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
