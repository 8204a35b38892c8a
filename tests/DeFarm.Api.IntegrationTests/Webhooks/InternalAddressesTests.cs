using System.Net;
using DeFarm.Infrastructure.Webhooks;

namespace DeFarm.Api.IntegrationTests.Webhooks;

/// <summary>The edges of the ranges webhooks may not reach, including IPv4 written as IPv6.</summary>
public sealed class InternalAddressesTests
{
    [TestCase("127.0.0.1")]
    [TestCase("10.255.255.255")]
    [TestCase("172.16.0.0")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.0.1")]
    [TestCase("169.254.169.254")]
    [TestCase("100.64.0.0")]
    [TestCase("100.127.255.255")]
    [TestCase("0.0.0.0")]
    [TestCase("255.255.255.255")]
    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("fe80::1")]
    [TestCase("febf::1")]
    [TestCase("fc00::1")]
    [TestCase("fdff::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:192.168.1.1")]
    [TestCase("64:ff9b::7f00:1")]
    [TestCase("2002:a00:1::")]
    public void ShouldTreatAsInternal(string address) =>
        InternalAddresses.Contains(IPAddress.Parse(address)).ShouldBeTrue();

    [TestCase("8.8.8.8")]
    [TestCase("172.15.255.255")]
    [TestCase("172.32.0.0")]
    [TestCase("100.63.255.255")]
    [TestCase("100.128.0.0")]
    [TestCase("192.169.0.1")]
    [TestCase("198.51.100.7")]
    [TestCase("2606:4700:4700::1111")]
    [TestCase("::ffff:8.8.8.8")]
    [TestCase("64:ff9b::808:808")]
    [TestCase("2002:808:808::")]
    public void ShouldTreatAsPublic(string address) =>
        InternalAddresses.Contains(IPAddress.Parse(address)).ShouldBeFalse();
}
