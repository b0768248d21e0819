import { useEffect, useRef, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { BOX, addPoint, beginStroke, toBox, type Strokes } from "./signature";

/**
 * Draw a signature with a finger, pen or mouse. The strokes are the state (vectors, as the API
 * takes them); the canvas only shows them. Keyboard users sign with their typed name instead
 * (the choice next to the pad), so the pad itself takes no focus.
 */
export function SignaturePad({ id, label, strokes, onChange }: { id: string; label: string;
    strokes: Strokes; onChange: (strokes: Strokes) => void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  useEffect(() => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx) {
      return;
    }
    ctx.clearRect(0, 0, BOX.width, BOX.height);
    ctx.lineWidth = 5;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#1b1f24";
    for (const stroke of strokes) {
      ctx.beginPath();
      ctx.moveTo(stroke[0], stroke[1]);
      for (let i = 2; i + 1 < stroke.length; i += 2) {
        ctx.lineTo(stroke[i], stroke[i + 1]);
      }
      if (stroke.length === 2) {
        ctx.lineTo(stroke[0] + 1, stroke[1]);
      }
      ctx.stroke();
    }
  }, [strokes]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return toBox(e.clientX - box.left, e.clientY - box.top, box.width, box.height);
  };

  return (
    <div className="signature-pad">
      <canvas id={id} ref={canvas} width={BOX.width} height={BOX.height} role="img"
        aria-label={`${label}: ${strokes.length ? t("sign.drawn") : t("sign.empty")}`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          onChange(beginStroke(strokes, point(e)));
        }}
        onPointerMove={(e) => {
          if (drawing.current) {
            onChange(addPoint(strokes, point(e)));
          }
        }}
        onPointerUp={() => { drawing.current = false; }}
        onPointerCancel={() => { drawing.current = false; }} />
      <button type="button" className="secondary" disabled={!strokes.length} onClick={() => onChange([])}>
        {t("sign.clear")}
      </button>
    </div>
  );
}
