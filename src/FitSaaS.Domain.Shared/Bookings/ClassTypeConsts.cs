namespace FitSaaS.Bookings;

/// <summary>Limits of a class type's fields (used by DTO validation and the database columns).</summary>
public static class ClassTypeConsts
{
    /// <summary>Maximum length of a class type's name.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Maximum length of a class type's description.</summary>
    public const int MaxDescriptionLength = 2000;
}
