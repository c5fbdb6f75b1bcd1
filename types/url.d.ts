// The WHATWG URL parser, as every browser and Node have it. The pure rules in src/view/
// compile without the DOM library (src/view/tsconfig.json), which is where TypeScript
// declares URL; this says only what they use of it.
interface URL {
  readonly hash: string;
  readonly hostname: string;
  readonly href: string;
  readonly origin: string;
  readonly password: string;
  readonly protocol: string;
  readonly username: string;
}
declare var URL: { new (url: string, base?: string): URL };
