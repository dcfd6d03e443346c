using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Export archives of the current tenant (the id is the request's).</summary>
public interface IDataSubjectRequestArchiveRepository : IRepository<DataSubjectRequestArchive, Guid>;
