using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Reads a list input's sorting against the whitelist declared on its type.</summary>
internal static class BookingsSorting
{
    /// <summary>The whitelisted field (null = the list's default order) and direction.</summary>
    public static (string? Field, bool Descending) Parse(PagedAndSortedResultRequestDto input)
    {
        var allowed = AllowedSortingAttribute.GetFields(input.GetType());
        return SortingSpec.TryParse(input.Sorting, allowed, out var spec) ? (spec.Field, spec.Descending) : (null, false);
    }
}
