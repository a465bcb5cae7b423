// Demo credentials of the standalone sandbox. They sign requests to a loopback emulator only, so
// they are safe to publish; a real app key and secret never belong in this repository.

export const sandboxDemoAppKey = "10000001";
export const sandboxDemoAppSecret = "sandbox-demo-secret";
