namespace Schakel.Core.Ads;

/// <summary>A risk profile that cannot be used; the message is Dutch, for the administrator who wrote it.</summary>
public sealed class RiskProfileException : Exception
{
    public RiskProfileException(string message) : base(message)
    {
    }

    public RiskProfileException(string message, Exception inner) : base(message, inner)
    {
    }

    public RiskProfileException()
    {
    }
}
