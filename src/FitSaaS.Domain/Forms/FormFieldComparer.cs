namespace FitSaaS.Forms;

/// <summary>Compares fields by value, options included (a record compares its list by reference).</summary>
public sealed class FormFieldComparer : IEqualityComparer<FormField>
{
    private static readonly string[] s_noOptions = [];

    /// <summary>The instance.</summary>
    public static FormFieldComparer Instance { get; } = new();

    /// <inheritdoc/>
    public bool Equals(FormField? x, FormField? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && (x with { Options = s_noOptions }) == (y with { Options = s_noOptions }) && x.Options.SequenceEqual(y.Options, StringComparer.Ordinal));

    /// <inheritdoc/>
    public int GetHashCode(FormField obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return HashCode.Combine(obj.Key, obj.Type, obj.Options.Count);
    }
}
