using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Compares lists stored through <see cref="JsonListConverter{T}"/> by content, so change tracking sees changed items.</summary>
/// <typeparam name="T">Item type.</typeparam>
internal sealed class ListValueComparer<T>() : ValueComparer<IReadOnlyList<T>>(
    (left, right) => AreEqual(left, right),
    value => ComputeHash(value),
    value => Copy(value))
{
    private static bool AreEqual(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    private static int ComputeHash(IReadOnlyList<T> value)
    {
        var hash = new HashCode();
        foreach (var item in value)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    private static T[] Copy(IReadOnlyList<T> value) => [.. value];
}
