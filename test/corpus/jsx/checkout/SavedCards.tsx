import { Icon } from "@/components/icon";
import { Card, CardHeader, CardTitle, CardContent } from "@/components/ui/card";

type SavedCard = { id: string; brand: string; last4: string; expMonth: number; expYear: number };

export function SavedCards({ cards, selected, onSelect }: { cards: SavedCard[]; selected: string; onSelect: (id: string) => void }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Saved payment methods</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="saved-cards">
          {cards.map((card) => (
            <li key={card.id}>
              <label className="saved-card">
                <input type="radio" name="savedCard" value={card.id} checked={selected === card.id} onChange={() => onSelect(card.id)} />
                <Icon name="credit-card" />
                <span className="cardTitle">
                  {card.brand} ending in {card.last4}
                </span>
                <span className="exp">
                  Expires {card.expMonth}/{card.expYear}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <input type="hidden" name="paymentMethodId" value={selected} />
      </CardContent>
    </Card>
  );
}
