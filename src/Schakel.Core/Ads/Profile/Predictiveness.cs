using System.Text.Json.Serialization;

namespace Schakel.Core.Ads;

/// <summary>What research says about an indicator, so nobody mistakes a practice habit for evidence.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Predictiveness>))]
public enum Predictiveness
{
    /// <summary>Research found the indicator associated with trafficking.</summary>
    Yes,

    /// <summary>Research found no association, or a negative one; kept only for transparency.</summary>
    No,

    /// <summary>Used in practice but not tested; weight is a judgement call.</summary>
    Unverified,
}
