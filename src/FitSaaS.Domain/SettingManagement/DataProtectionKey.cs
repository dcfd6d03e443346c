using FitSaaS.Framework.Domain;

namespace FitSaaS.SettingManagement;

/// <summary>One ASP.NET Core Data Protection key (its XML), shared by every instance of the application.</summary>
public sealed class DataProtectionKey : Entity<Guid>, IHostEntity
{
    private DataProtectionKey()
    {
        Xml = null!;
    }

    /// <summary>Creates a key row.</summary>
    public DataProtectionKey(Guid id, string? friendlyName, string xml)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        FriendlyName = friendlyName;
        Xml = xml;
    }

    /// <summary>The name Data Protection gives the element (e.g. <c>key-{id}</c>).</summary>
    public string? FriendlyName { get; private set; }

    /// <summary>The key element's XML.</summary>
    public string Xml { get; private set; }
}
