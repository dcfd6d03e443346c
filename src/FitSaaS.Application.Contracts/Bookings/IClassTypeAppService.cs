using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Class types of the current tenant: <c>/api/bookings/class-types</c>.</summary>
public interface IClassTypeAppService : IApplicationService
{
    /// <summary>A page of class types.</summary>
    Task<PagedResultDto<ClassTypeDto>> GetListAsync(GetClassTypeListInput input);

    /// <summary>One class type.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassTypeDto> GetAsync(Guid id);

    /// <summary>Creates a class type.</summary>
    Task<ClassTypeDto> CreateAsync(CreateClassTypeDto input);

    /// <summary>Changes a class type.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassTypeDto> UpdateAsync(Guid id, UpdateClassTypeDto input);

    /// <summary>Deletes (soft) a class type no session uses.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:ClassTypeInUse</c>.</exception>
    Task DeleteAsync(Guid id);
}
