namespace FitSaaS.Bookings;

/// <summary>The class types and locations a page of sessions or schedules names, read with one query each.</summary>
internal static class ClassNameLookup
{
    public static async Task<(Dictionary<Guid, ClassType> Types, Dictionary<Guid, Location> Places)> LoadAsync<T>(
        IClassTypeRepository classTypes, ILocationRepository locations, IReadOnlyCollection<T> items, Func<T, Guid> classTypeId, Func<T, Guid> locationId)
    {
        var types = (await classTypes.GetListByIdsAsync(items.Select(classTypeId).Distinct().ToList())).ToDictionary(t => t.Id);
        var places = (await locations.GetListByIdsAsync(items.Select(locationId).Distinct().ToList())).ToDictionary(l => l.Id);
        return (types, places);
    }
}
