using System.Net;
using System.Net.Sockets;

namespace DeFarm.Infrastructure.Webhooks;

/// <summary>
/// Addresses a webhook must never reach: this host, private networks, link-local (cloud metadata at
/// 169.254.169.254), carrier-grade NAT, multicast, broadcast and reserved ranges, and the same ranges written as
/// IPv6 (IPv4-mapped, NAT64, 6to4).
/// </summary>
internal static class InternalAddresses
{
    private static readonly (IPAddress Network, int PrefixLength)[] Ranges =
    [
        (IPAddress.Parse("0.0.0.0"), 8),         // "this network", unspecified
        (IPAddress.Parse("10.0.0.0"), 8),        // private
        (IPAddress.Parse("100.64.0.0"), 10),     // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),       // loopback
        (IPAddress.Parse("169.254.0.0"), 16),    // link-local
        (IPAddress.Parse("172.16.0.0"), 12),     // private
        (IPAddress.Parse("192.0.0.0"), 24),      // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),    // private
        (IPAddress.Parse("198.18.0.0"), 15),     // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),       // multicast
        (IPAddress.Parse("240.0.0.0"), 4),       // reserved, broadcast
        (IPAddress.Parse("::"), 128),            // unspecified
        (IPAddress.Parse("::1"), 128),           // loopback
        (IPAddress.Parse("fc00::"), 7),          // unique local
        (IPAddress.Parse("fe80::"), 10),         // link-local
        (IPAddress.Parse("fec0::"), 10),         // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),          // multicast
    ];

    private static readonly (IPAddress Network, int PrefixLength) Nat64 = (IPAddress.Parse("64:ff9b::"), 96);
    private static readonly (IPAddress Network, int PrefixLength) SixToFour = (IPAddress.Parse("2002::"), 16);

    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Contains(address.MapToIPv4());
        }

        if (EmbeddedIPv4(address) is { } embedded && Contains(embedded))
        {
            return true;
        }

        return Ranges.Any(range => InRange(address, range.Network, range.PrefixLength));
    }

    /// <summary>The IPv4 address a NAT64 or 6to4 address stands for.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        if (InRange(address, Nat64.Network, Nat64.PrefixLength))
        {
            return new IPAddress(bytes[12..16]);
        }

        return InRange(address, SixToFour.Network, SixToFour.PrefixLength) ? new IPAddress(bytes[2..6]) : null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefixLength)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var candidate = address.GetAddressBytes();
        var prefix = network.GetAddressBytes();
        var wholeBytes = prefixLength / 8;
        if (!candidate.AsSpan(0, wholeBytes).SequenceEqual(prefix.AsSpan(0, wholeBytes)))
        {
            return false;
        }

        var remainingBits = prefixLength % 8;
        var mask = (byte)(0xFF << (8 - remainingBits));
        return remainingBits == 0 || (candidate[wholeBytes] & mask) == (prefix[wholeBytes] & mask);
    }
}
