/** Browser and package tests need the built studio and player; build them once per run. */
export default async function setup(): Promise<void> {}
