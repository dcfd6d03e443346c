using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Bookings;

/// <summary>Owns the rules on class types that need other aggregates.</summary>
public sealed class ClassTypeManager(
    IClassTypeRepository classTypes,
    IClassSessionRepository sessions,
    IClassScheduleRepository schedules,
    IEnumerable<IBookingsReferenceChecker> referenceCheckers) : IDomainService
{
    /// <summary>Deletes (soft) a class type no session, schedule or other module (<see cref="IBookingsReferenceChecker"/>) uses.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.ClassTypeInUse"/>.</exception>
    public async Task DeleteAsync(ClassType classType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classType);
        if (await sessions.AnyOfClassTypeAsync(classType.Id, cancellationToken) || await schedules.AnyOfClassTypeAsync(classType.Id, cancellationToken))
        {
            throw new BusinessException(BookingsErrorCodes.ClassTypeInUse, "Sessions or class schedules of this class type still exist.")
                .WithData("classTypeId", classType.Id);
        }

        foreach (var checker in referenceCheckers)
        {
            if (await checker.IsClassTypeReferencedAsync(classType.Id, cancellationToken))
            {
                throw new BusinessException(BookingsErrorCodes.ClassTypeInUse, $"The class type is still used by {checker.ReferencedBy}.")
                    .WithData("classTypeId", classType.Id).WithData("referencedBy", checker.ReferencedBy);
            }
        }

        await classTypes.DeleteAsync(classType, cancellationToken: cancellationToken);
    }
}
