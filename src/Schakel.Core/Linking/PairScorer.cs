using Schakel.Core.Identifiers;
using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>The outcome of comparing two subjects.</summary>
public readonly record struct PairScore(double LogOdds, MatchReason Reasons, LinkKind Kind = LinkKind.SamePerson)
{
    public double Score => MatchWeights.ToScore(LogOdds);
}

/// <summary>
/// Compares two subjects field by field. A subject may carry several values per field (several signals,
/// several phones); the best-agreeing combination counts, because one shared phone is enough evidence
/// whatever the other numbers are.
/// </summary>
public static class PairScorer
{
    public static PairScore Score(SubjectFeatures a, SubjectFeatures b)
    {
        var total = MatchWeights.PriorLogOdds;
        var reasons = MatchReason.None;

        var phone = Phone(a.Phones, b.Phones, ref reasons, out var landline);
        total += phone;
        total += Exact(a.Emails, b.Emails, MatchWeights.EmailAgree, MatchWeights.EmailDisagree, MatchReason.Email, ref reasons);
        total += Exact(a.Handles, b.Handles, MatchWeights.HandleAgree, MatchWeights.HandleDisagree, MatchReason.Handle, ref reasons);
        total += Exact(a.Plates, b.Plates, MatchWeights.PlateAgree, MatchWeights.PlateDisagree, MatchReason.LicensePlate, ref reasons);

        if (a.Names.Length > 0 && b.Names.Length > 0)
        {
            var best = double.NegativeInfinity;
            var bestLevel = NameLevel.Missing;
            foreach (var x in a.Names)
            {
                foreach (var y in b.Names)
                {
                    var level = FieldComparers.Compare(x, y);
                    var w = MatchWeights.Of(level);
                    if (w > best)
                    {
                        best = w;
                        bestLevel = level;
                    }
                }
            }
            total += best;
            reasons |= bestLevel switch
            {
                NameLevel.Exact => MatchReason.NameExact,
                NameLevel.Fuzzy or NameLevel.Similar => MatchReason.NameFuzzy,
                NameLevel.Initials => MatchReason.NameInitials,
                NameLevel.Partial => MatchReason.NamePartial,
                _ => MatchReason.None,
            };
        }

        if (a.DatesOfBirth.Length > 0 && b.DatesOfBirth.Length > 0)
        {
            var best = double.NegativeInfinity;
            var bestLevel = DateLevel.Missing;
            foreach (var x in a.DatesOfBirth)
            {
                foreach (var y in b.DatesOfBirth)
                {
                    var level = FieldComparers.Compare(x, y);
                    var w = MatchWeights.Of(level);
                    if (w > best)
                    {
                        best = w;
                        bestLevel = level;
                    }
                }
            }
            total += best;
            reasons |= bestLevel switch
            {
                DateLevel.Exact => MatchReason.DobExact,
                DateLevel.Swapped => MatchReason.DobSwapped,
                DateLevel.Close => MatchReason.DobClose,
                DateLevel.Year => MatchReason.DobYear,
                _ => MatchReason.None,
            };
        }

        if (a.Addresses.Length > 0 && b.Addresses.Length > 0)
        {
            var bestLevel = AddressLevel.Missing;
            var best = 0.0;
            var any = false;
            foreach (var x in a.Addresses)
            {
                foreach (var y in b.Addresses)
                {
                    var level = FieldComparers.Compare(x, y);
                    if (level == AddressLevel.Missing)
                    {
                        continue;
                    }
                    var w = MatchWeights.Of(level);
                    if (!any || w > best)
                    {
                        best = w;
                        bestLevel = level;
                        any = true;
                    }
                }
            }
            if (landline && bestLevel == AddressLevel.Exact)
            {
                best = Math.Max(phone, best) + MatchWeights.HouseholdBonus - phone;
            }
            total += best;
            reasons |= bestLevel switch
            {
                AddressLevel.Exact => MatchReason.Address,
                AddressLevel.Building => MatchReason.AddressBuilding,
                _ => MatchReason.None,
            };
        }

        return new PairScore(total, reasons, LinkClassifier.Classify(MatchWeights.ToScore(total), reasons, a.Role, b.Role));
    }

    private static double Phone(string[] a, string[] b, ref MatchReason reasons, out bool landlineOnly)
    {
        landlineOnly = false;
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var best = MatchWeights.PhoneDisagree;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    reasons |= MatchReason.Phone;
                    best = Math.Max(best, PhoneNormalizer.IsDutchLandline(x) ? MatchWeights.LandlineAgree : MatchWeights.PhoneAgree);
                }
            }
        }
        landlineOnly = best == MatchWeights.LandlineAgree;
        return best;
    }

    private static double Exact(string[] a, string[] b, double agree, double disagree, MatchReason flag, ref MatchReason reasons)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    reasons |= flag;
                    return agree;
                }
            }
        }
        return disagree;
    }
}
