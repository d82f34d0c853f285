using System.Text;
using Schakel.Core.Linking;

namespace Schakel.Benchmarks.Linking;

/// <summary>Writes subject records in the input format of <c>schakel link</c>.</summary>
public static class SignalCsvWriter
{
    public static void Write(IEnumerable<SubjectRecord> records, string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("signal_id,subject_id,full_name,date_of_birth,phone,email,street,house_number,postcode,city,license_plate,handle\n");
        var sb = new StringBuilder(256);
        foreach (var r in records)
        {
            sb.Clear();
            string?[] fields = [r.SignalId, r.SubjectId, r.FullName, r.DateOfBirth, r.Phone, r.Email, r.Street, r.HouseNumber, r.Postcode, r.City, r.LicensePlate, r.Handle];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }
                var f = fields[i] ?? "";
                if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    sb.Append(f);
                }
            }
            sb.Append('\n');
            w.Write(sb);
        }
    }
}
