using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>Advisory-lock ids of quota lock names.</summary>
public static class QuotaLockIds
{
    /// <summary>The 64-bit advisory-lock id of a lock name: the first 8 bytes of its SHA-256.</summary>
    public static long Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
