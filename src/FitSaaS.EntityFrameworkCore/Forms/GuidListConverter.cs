using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>Stores a list of ids as one comma-separated text column (scopes of legal documents: small, always read whole).</summary>
internal sealed class GuidListConverter() : ValueConverter<List<Guid>, string>(
    v => string.Join(',', v),
    v => v.Length == 0 ? new List<Guid>() : v.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList())
{
    /// <summary>Compares lists by their items.</summary>
    public static ValueComparer<List<Guid>> Comparer { get; } = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g.GetHashCode())),
        v => v.ToList());
}
