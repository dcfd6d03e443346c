namespace FitSaaS.Framework.Application;

/// <summary>A parsed, whitelisted sorting request.</summary>
/// <param name="Field">The field as listed in the whitelist.</param>
/// <param name="Descending">True for <c>desc</c>.</param>
public readonly record struct SortingSpec(string Field, bool Descending)
{
    /// <summary>Parses <paramref name="sorting"/>; false when the field is not whitelisted or the form is wrong.</summary>
    public static bool TryParse(string? sorting, IReadOnlyList<string> fields, out SortingSpec spec)
    {
        spec = default;
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return false;
        }

        var parts = sorting.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > 2)
        {
            return false;
        }

        var field = fields.FirstOrDefault(f => string.Equals(f, parts[0], StringComparison.OrdinalIgnoreCase));
        if (field is null)
        {
            return false;
        }

        var descending = false;
        if (parts.Length == 2)
        {
            if (string.Equals(parts[1], "desc", StringComparison.OrdinalIgnoreCase))
            {
                descending = true;
            }
            else if (!string.Equals(parts[1], "asc", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        spec = new SortingSpec(field, descending);
        return true;
    }
}
