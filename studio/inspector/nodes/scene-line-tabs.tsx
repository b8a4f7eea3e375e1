import type { SceneNode } from "../../../core";
import { Tabs } from "../forms/tabs";
import { useInspectorEnv } from "../inspector-env";
import { freshNode } from "../logic/fresh-read";
import { RichTextField } from "../rich-text/rich-text-field";
import { useNodeWriter } from "./use-node-writer";

type Variant = "gentle" | "challenge";

const VARIANT_TEXT: Record<Variant, { title: string; level: string }> = {
  gentle: { title: "Gentle", level: "gentle" },
  challenge: { title: "Challenge", level: "challenge" },
};

/** The customer's line at each difficulty: the standard text and optional gentle and challenge versions. */
export function SceneLineTabs({ node }: { node: SceneNode }) {
  const tabs = [
    {
      id: "standard",
      label: "Standard",
      render: () => (
        <RichTextField
          label="Customer line"
          location={{ nodeId: node.id, field: "text" }}
          hint="What the customer says or does."
        />
      ),
    },
    ...(["gentle", "challenge"] as const).map((variant) => ({
      id: variant,
      label: node.variants[variant] ? (
        VARIANT_TEXT[variant].title
      ) : (
        <span className="insp-tabs__unset">
          {VARIANT_TEXT[variant].title}
          <span className="visually-hidden"> (not written yet)</span>
        </span>
      ),
      render: () => <VariantPanel node={node} variant={variant} />,
    })),
  ];
  return <Tabs label="Customer line versions" tabs={tabs} className="insp-line-tabs" />;
}

function VariantPanel({ node, variant }: { node: SceneNode; variant: Variant }) {
  const { doc, editable } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const { title, level } = VARIANT_TEXT[variant];
  // Both variants go in every write (the variants record is written whole), read fresh from the document.
  const setVariant = (make: (fresh: SceneNode) => SceneNode["variants"][Variant]) => {
    const fresh = freshNode(doc, node.id, "scene");
    if (fresh) write.press({ variants: { ...fresh.variants, [variant]: make(fresh) } });
  };
  if (!node.variants[variant]) {
    return (
      <div className="insp-variant-empty">
        <p className="muted">
          No {level} version: learners at the {level} level read the standard line.
        </p>
        <button
          type="button"
          className="button"
          disabled={!editable}
          onClick={() => setVariant((fresh) => fresh.text)}
        >
          Write a {level} version
        </button>
      </div>
    );
  }
  return (
    <div className="stack insp-stack">
      <RichTextField
        label={`Customer line, ${level} version`}
        location={{ nodeId: node.id, field: "variants", variant }}
        hint={`Shown at the ${level} level instead of the standard line.`}
      />
      <button
        type="button"
        className="button button--ghost button--danger insp-remove-variant"
        disabled={!editable}
        onClick={() => setVariant(() => null)}
      >
        Remove the {title.toLowerCase()} version
      </button>
    </div>
  );
}
